/**
 * Credentials written into a URL (`http://user:password@host/`). Provider base URLs holding them
 * are refused at start-up; this strips any that still reach a message (an SDK error quoting the
 * URL it was given, an old history row), so no error text, log line or record can carry them.
 */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi;

export function stripUserinfo(text: string): string {
  return text.replace(URL_USERINFO, '$1');
}

export function hasUserinfo(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '';
  } catch {
    return false;
  }
}
