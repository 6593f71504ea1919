/**
 * The brief's print stylesheet. DejaVu Sans (Debian `fonts-dejavu-core`) covers Cyrillic and
 * the Kazakh letters ә ғ қ ң ө ұ ү һ і; it is named first so chromium never falls back to a
 * font without them.
 */
export const BRIEF_CSS = `
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
html { font-family: 'DejaVu Sans', sans-serif; font-size: 8.6pt; color: #0f172a; line-height: 1.38; }
body { margin: 0; }
code { font-family: 'DejaVu Sans Mono', monospace; font-size: 0.92em; color: #334155; }
h1 { font-size: 16pt; margin: 4mm 0 3mm; letter-spacing: -0.2px; }
h2 { font-size: 11pt; margin: 6mm 0 2.5mm; padding: 1.2mm 0 1.2mm 2.5mm; border-left: 1.2mm solid #1d4ed8;
     background: #eff6ff; break-after: avoid; }
h3 { font-size: 9.4pt; margin: 3.5mm 0 1.5mm; break-after: avoid; }
h4 { font-size: 9pt; margin: 0 0 1mm; }
ul, ol { margin: 1mm 0 1mm 5mm; padding: 0; }
li { margin: 0.4mm 0; }
p { margin: 1mm 0; }
.muted { color: #64748b; }
.note { color: #64748b; font-size: 7.8pt; font-style: italic; }
.topbar { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm;
          border-bottom: 0.6mm solid #1d4ed8; padding-bottom: 2mm; }
.brand { font-weight: bold; letter-spacing: 2px; color: #1d4ed8; font-size: 10pt; }
.stamp { max-width: 110mm; text-align: right; font-size: 7.4pt; color: #b91c1c; border: 0.3mm solid #b91c1c;
         padding: 1mm 2mm; border-radius: 1mm; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm; }
th, td { text-align: left; vertical-align: top; padding: 1mm 1.6mm; border-bottom: 0.2mm solid #e2e8f0; }
thead th { background: #f1f5f9; font-size: 7.8pt; text-transform: uppercase; letter-spacing: 0.3px; color: #475569; }
tr { break-inside: avoid; }
table.meta { width: auto; }
table.meta th { color: #475569; font-weight: normal; padding-right: 6mm; border: none; }
table.meta td { border: none; font-weight: bold; }
td.num { width: 6mm; font-weight: bold; }
td.date { white-space: nowrap; width: 20mm; }
td.src { white-space: nowrap; font-family: 'DejaVu Sans Mono', monospace; font-size: 7.6pt; color: #334155; }
table.organizers td:nth-child(3) { white-space: nowrap; }
.who { display: block; }
table.members td.role { width: 30mm; background: #f8fafc; }
table.members tr.first td { border-top: 0.3mm solid #cbd5e1; }
.count { display: inline-block; font-size: 7.6pt; font-weight: normal; color: #1d4ed8; background: #dbeafe;
         border-radius: 2mm; padding: 0 1.6mm; margin-left: 1mm; }
.figures { display: flex; flex-wrap: wrap; gap: 2mm; margin: 1mm 0 2mm; }
.figure { flex: 1 1 20mm; border: 0.3mm solid #cbd5e1; border-radius: 1.2mm; padding: 1.5mm 2mm; }
.figure b { display: block; font-size: 13pt; color: #1d4ed8; }
.figure span { color: #475569; font-size: 7.6pt; }
.bar { display: inline-block; width: 28mm; height: 2.2mm; background: #e2e8f0; border-radius: 1mm;
       vertical-align: middle; margin-left: 2mm; overflow: hidden; }
.bar span { display: block; height: 100%; background: #dc2626; }
section.picture { break-inside: avoid; }
figure { margin: 0; }
figcaption { font-size: 7.8pt; color: #475569; }
.legend { display: flex; flex-wrap: wrap; gap: 1.5mm 5mm; margin: 1.5mm 0; }
.legend span { display: inline-flex; align-items: center; gap: 1.2mm; }
.pattern { break-inside: avoid; margin-bottom: 2mm; }
.legal { font-size: 7.8pt; color: #475569; }
ul.evidence li { font-size: 8pt; }
.parts { display: flex; gap: 2mm; }
.part { flex: 1; border: 0.3mm solid #cbd5e1; border-radius: 1.2mm; padding: 1.5mm 2mm; }
.penalty { font-weight: bold; color: #b91c1c; }
`;
