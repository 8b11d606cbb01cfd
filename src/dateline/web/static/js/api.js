// The API client: every answer is {data, meta} or {error: {code, message}}.

export class ApiFailure extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

export async function get(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") query.set(k, v);
  const qs = query.toString();
  const response = await fetch(path + (qs ? "?" + qs : ""), {headers: {Accept: "application/json"}});
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new ApiFailure("HTTP" + response.status, "The server answered " + response.status + " without JSON.");
  }
  if (body && body.error) throw new ApiFailure(body.error.code, body.error.message);
  return body;
}

export function url(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== "") query.set(k, v);
  const qs = query.toString();
  return path + (qs ? "?" + qs : "");
}
