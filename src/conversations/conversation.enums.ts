import { registerEnumType } from 'type-graphql';

/** A reviewer's verdict on an unconverted inquiry's chat. */
export enum ReviewVerdict {
  AGENT_OK = 'AGENT_OK',
  SLOW_REPLY = 'SLOW_REPLY',
  WRONG_ANSWER = 'WRONG_ANSWER',
  NO_CLOSING = 'NO_CLOSING',
  IMPOLITE = 'IMPOLITE',
}
registerEnumType(ReviewVerdict, {
  name: 'ReviewVerdict',
  description: 'What a reviewer found in the chat of an inquiry that did not convert.',
  valuesConfig: {
    AGENT_OK: { description: 'The agent did nothing wrong (price, stock, the buyer changed their mind).' },
    SLOW_REPLY: { description: 'Answers came too late.' },
    WRONG_ANSWER: { description: 'Wrong or missing product knowledge.' },
    NO_CLOSING: { description: 'The agent never asked for the order (no recommendation, no coupon, no follow-up).' },
    IMPOLITE: { description: 'Tone or manners.' },
  },
});
