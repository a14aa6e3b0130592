import { useEffect, useMemo, useState } from 'react';
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

/**
 * Customers a registration would duplicate, asked 300 ms after typing stops. `revision` (the
 * sheet's entry count) asks again after each entry: a handle typed again must not be answered
 * from before it was registered (an empty answer names no type, so no mutation would clear it).
 */
export function useDuplicateWarning(platform: string, handle: string, revision: number) {
  const [settled, setSettled] = useState(handle.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSettled(handle.trim()), 300);
    return () => clearTimeout(timer);
  }, [handle]);
  const context = useMemo(() => ({ additionalTypenames: ['Customer', 'RegistrationEntry'], revision }), [revision]);
  const [{ data }] = useQuery({
    context,
    query: Matches,
    variables: { platform: platform as never, platformHandle: settled },
    pause: settled.length < 2,
    requestPolicy: 'network-only',
  });
  return settled.length < 2 ? [] : (data?.customerMatches ?? []);
}
