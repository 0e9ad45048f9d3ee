// The ticket's QR code, drawn in the browser from the signed ticket token the door checks.
// The qrcode library is fetched only for this.
import { useEffect, useState } from 'preact/hooks';

export function TicketQr({ payload, label }: { payload: string; label: string }) {
  const [src, setSrc] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void import('qrcode').then(async (qr) => {
      const url = await qr.toDataURL(payload, { margin: 1, width: 220, errorCorrectionLevel: 'M' });
      if (current) setSrc(url);
    });
    return () => {
      current = false;
    };
  }, [payload]);
  return src ? <img class="qr" src={src} width={220} height={220} alt={label} /> : <div class="qr qr-placeholder" aria-hidden="true" />;
}
