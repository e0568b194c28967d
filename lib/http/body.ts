/** Reads a form body of at most `maxBytes`; null when it is larger (answer 413). */
export async function readForm(request: Request, maxBytes: number): Promise<FormData | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return null;
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return null;
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    return new Request(request.url, {
      method: "POST",
      headers: { "content-type": type },
      body: text,
    }).formData();
  }
  const form = new FormData();
  for (const [key, value] of new URLSearchParams(text)) form.append(key, value);
  return form;
}
