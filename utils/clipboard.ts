/**
 * Writes plain text to the clipboard. The async Clipboard API needs a focused document, which a
 * popup opened by keyboard may not be yet; the old copy command covers that case. Either way the
 * text goes in as text (a textarea's value), never as markup.
 */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Fall through to the copy command.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  area.select();
  const ok = doc.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}
