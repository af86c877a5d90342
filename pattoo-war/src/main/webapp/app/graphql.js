// GraphQL as the logged-in user: renews the access token once when it was refused, then gives up
// with SessionEnded.
import { call, SessionEnded } from './api.js';
import { current, renew } from './session.js';

export async function graphql(query, variables = {}) {
  const session = current();
  if (!session) throw new SessionEnded('please log in');
  try {
    return await call(query, variables, session.accessToken);
  } catch (e) {
    if (!(e instanceof SessionEnded)) throw e;
    const renewed = await renew().catch(() => null);
    if (!renewed) throw e;
    return call(query, variables, renewed.accessToken);
  }
}
