import { renderSVG } from 'uqr';

/** An SVG QR code (black on white, readable when printed) for an absolute URL. */
export function qrSvg(url: string, label: string): string {
  const svg = renderSVG(url, { ecc: 'M', border: 2, blackColor: '#000', whiteColor: '#fff' });
  return svg.replace('<svg ', `<svg role="img" aria-label="${label.replace(/"/g, '&quot;')}" `);
}

/** The address as a person types it: no protocol, no trailing slash. */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
