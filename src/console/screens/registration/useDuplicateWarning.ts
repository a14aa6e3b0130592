import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const Matches = graphql(`
  query ConsoleCustomerMatches($platform: Platform!, $platformHandle: String) {
    customerMatches(platform: $platform, platformHandle: $platformHandle) {
      matchedBy
      customer { id platformHandle displayName stage owner { name } }
    }
  }
`);

/** Customers a registration would duplicate, asked 300 ms after typing stops. */
export function useDuplicateWarning(platform: string, handle: string) {
  const [settled, setSettled] = useState(handle.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSettled(handle.trim()), 300);
    return () => clearTimeout(timer);
  }, [handle]);
  const [{ data }] = useQuery({
    query: Matches,
    variables: { platform: platform as never, platformHandle: settled },
    pause: settled.length < 2,
    requestPolicy: 'network-only',
  });
  return settled.length < 2 ? [] : (data?.customerMatches ?? []);
}
