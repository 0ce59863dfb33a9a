// Fetching the JSON API; an error response's {"error": ...} becomes the Error's message.
export async function get(path, params) {
  const qs = params ? new URLSearchParams(params).toString() : "";
  const resp = await fetch(path + (qs ? "?" + qs : ""), { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await resp.json(); } catch (e) { /* not JSON */ }
  if (!resp.ok) {
    const err = new Error((body && body.error) || `${resp.status} ${resp.statusText}`);
    err.status = resp.status;
    throw err;
  }
  return body;
}
