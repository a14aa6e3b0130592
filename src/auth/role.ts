import { registerEnumType } from 'type-graphql';

/** What a staff member does in the retention loop; decides what they may see and change. */
export enum Role {
  CUSTOMER_SERVICE = 'CUSTOMER_SERVICE',
  SALES = 'SALES',
  REVIEWER = 'REVIEWER',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'A staff member\'s department in the retention loop.',
  valuesConfig: {
    CUSTOMER_SERVICE: { description: 'Chat agent: registers every customer who asked or ordered; can search all customers.' },
    SALES: { description: 'Sales rep: owns customers and follows them up; a team lead sees the team\'s customers.' },
    REVIEWER: { description: 'Review department: screens and audits; reads everything, edits no customer.' },
    ADMIN: { description: 'Shop admin / operations: users, teams, settings; everything in the shop.' },
  },
});

/** Every role: `@Authorized(...ANY_ROLE)` admits any signed-in staff member. */
export const ANY_ROLE = Object.values(Role);
