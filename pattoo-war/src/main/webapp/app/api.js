// The GraphQL API, the only thing the UI talks to. Errors come back as exceptions that carry the
// server's message; a refused token becomes SessionEnded, which sends the user to the login page.
const ENDPOINT = new URL('api/v1/web/graphql', document.baseURI).href;

export class SessionEnded extends Error {}

/** Sends one operation with this bearer token (null: none); returns its data. */
export async function call(query, variables, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  if (response.status === 401 && token) throw new SessionEnded('your session ended');
  let answer;
  try {
    answer = await response.json();
  } catch {
    throw new Error(`the server answered HTTP ${response.status}`);
  }
  if (answer.errors?.length) throw new Error(answer.errors[0].message);
  if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
  return answer.data;
}
