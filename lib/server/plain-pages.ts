/**
 * Answers the server gives itself, before or without the app (the app's own pages are app/*.tsx):
 * short HTML that says what happened and links home, in the reader's language with an English line.
 */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function plainPage(status: number, title: string, chinese: string, english: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${status} ${escapeHtml(title)} · 中国电子商务报告2022</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.6">
<p>${status}</p><h1>${escapeHtml(title)}</h1><p>${escapeHtml(chinese)}</p><p lang="en">${escapeHtml(english)}</p>
<p><a href="/">返回目录</a> · <a href="/search">全文搜索</a></p>
</body></html>
`;
}

/** Node refuses a request head past maxHeaderSize before any app code runs; this is what it sends then. */
export function headerTooLargeResponse(): string {
  const body = plainPage(
    431,
    '网址过长',
    '这个网址（或请求头）太长，服务器无法处理。搜索时请缩短关键词，或从目录进入。',
    'The address (or the request headers) is too long for the server. Shorten the search, or start from the contents.',
  );
  return [
    'HTTP/1.1 431 Request Header Fields Too Large',
    'Content-Type: text/html; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'X-Content-Type-Options: nosniff',
    "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

export function badRequestResponse(): string {
  const body = '400 Bad Request: the request could not be read.\n';
  return [
    'HTTP/1.1 400 Bad Request',
    'Content-Type: text/plain; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

export function tooManyRequestsBody(retryAfterSeconds: number, json: boolean): string {
  const chinese = `请求过于频繁，请在 ${retryAfterSeconds} 秒后再试。`;
  if (json) return JSON.stringify({ error: `Too many requests: retry in ${retryAfterSeconds} s. ${chinese}` });
  return plainPage(429, '请求过于频繁', chinese, `Too many searches from your address: try again in ${retryAfterSeconds} s.`);
}
