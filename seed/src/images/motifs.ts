import type { ImageMotif } from "../types"

/**
 * Each motif is drawn in a 200×200 box centred on the image, in white with a soft shadow,
 * so it reads at thumbnail size on a weak phone screen.
 */
export const MOTIFS: Record<ImageMotif, string> = {
  honey: `<path d="M100 20 L160 55 L160 125 L100 160 L40 125 L40 55 Z" fill="#fff" opacity=".95"/>
    <path d="M100 52 L132 70 L132 108 L100 126 L68 108 L68 70 Z" fill="none" stroke="#f5b301" stroke-width="8"/>
    <circle cx="100" cy="89" r="12" fill="#f5b301"/><path d="M85 170 q15 20 30 0" stroke="#fff" stroke-width="8" fill="none"/>`,
  fish: `<path d="M30 100 Q90 30 150 100 Q90 170 30 100 Z" fill="#fff"/><path d="M150 100 L185 70 L185 130 Z" fill="#fff"/>
    <circle cx="65" cy="92" r="8" fill="#333"/><path d="M95 75 q12 25 0 50" stroke="#ccc" stroke-width="5" fill="none"/>`,
  shrimp: `<path d="M150 60 Q175 110 130 150 Q90 178 55 150 Q95 150 110 120 Q120 95 100 80 Z" fill="#fff"/>
    <circle cx="140" cy="75" r="6" fill="#333"/><path d="M150 62 Q120 25 60 30 M148 66 Q115 40 70 50" stroke="#fff" stroke-width="4" fill="none"/>
    <path d="M112 112 l14 10 M100 128 l12 12 M120 96 l14 6" stroke="#ddd" stroke-width="5"/>`,
  crab: `<ellipse cx="100" cy="110" rx="55" ry="38" fill="#fff"/><circle cx="45" cy="62" r="18" fill="#fff"/><circle cx="155" cy="62" r="18" fill="#fff"/>
    <path d="M60 95 L45 70 M140 95 L155 70 M50 125 L20 140 M150 125 L180 140 M60 135 L35 160 M140 135 L165 160" stroke="#fff" stroke-width="8" stroke-linecap="round"/>
    <circle cx="85" cy="98" r="6" fill="#333"/><circle cx="115" cy="98" r="6" fill="#333"/>`,
  jar: `<rect x="55" y="40" width="90" height="22" rx="6" fill="#ddd"/><path d="M50 70 h100 v90 a16 16 0 0 1 -16 16 h-68 a16 16 0 0 1 -16 -16 Z" fill="#fff"/>
    <rect x="62" y="95" width="76" height="40" rx="6" fill="#c0392b" opacity=".85"/>`,
  cracker: `<circle cx="75" cy="85" r="42" fill="#fff"/><circle cx="130" cy="115" r="42" fill="#fff" opacity=".92"/>
    <circle cx="70" cy="80" r="5" fill="#f39c12"/><circle cx="88" cy="98" r="4" fill="#f39c12"/><circle cx="128" cy="112" r="5" fill="#e67e22"/><circle cx="142" cy="128" r="4" fill="#e67e22"/>`,
  tea: `<path d="M40 80 h110 v40 a55 45 0 0 1 -110 0 Z" fill="#fff"/><path d="M150 92 a22 22 0 0 1 0 40" stroke="#fff" stroke-width="10" fill="none"/>
    <path d="M75 40 q12 14 0 28 M100 34 q12 14 0 28 M125 40 q12 14 0 28" stroke="#fff" stroke-width="6" fill="none" stroke-linecap="round"/>
    <path d="M78 100 q22 -26 44 0 q-22 26 -44 0 Z" fill="#27ae60"/>`,
  ginseng: `<path d="M100 25 q-6 40 0 70 q10 40 -20 75 M100 95 q20 30 45 55 M98 120 q-30 5 -55 30" stroke="#fff" stroke-width="14" fill="none" stroke-linecap="round"/>
    <path d="M100 28 q-30 -15 -45 5 q25 10 45 -5 Z M100 28 q30 -15 45 5 q-25 10 -45 -5 Z" fill="#2ecc71"/><circle cx="100" cy="20" r="7" fill="#e74c3c"/>`,
  noodle: `<path d="M30 95 h140 a70 60 0 0 1 -140 0 Z" fill="#fff"/><path d="M55 95 q10 -40 20 0 q10 -40 20 0 q10 -40 20 0 q10 -40 20 0 q10 -40 20 0" stroke="#f1c40f" stroke-width="6" fill="none"/>
    <path d="M130 20 L95 90 M150 25 L110 92" stroke="#8e5b2a" stroke-width="6" stroke-linecap="round"/>`,
  ricepaper: `<circle cx="100" cy="100" r="75" fill="#fff"/><circle cx="100" cy="100" r="60" fill="none" stroke="#eee" stroke-width="3"/>
    <path d="M55 85 l90 0 M50 105 l100 0 M58 125 l84 0" stroke="#e8e0d0" stroke-width="4"/><circle cx="80" cy="70" r="4" fill="#333"/><circle cx="120" cy="90" r="4" fill="#333"/><circle cx="95" cy="135" r="4" fill="#333"/>`,
  bottle: `<rect x="85" y="20" width="30" height="30" rx="4" fill="#ddd"/><path d="M80 50 h40 v20 q25 15 25 45 v55 a10 10 0 0 1 -10 10 h-70 a10 10 0 0 1 -10 -10 v-55 q0 -30 25 -45 Z" fill="#fff"/>
    <rect x="62" y="110" width="76" height="45" rx="5" fill="#d35400" opacity=".85"/>`,
  basket: `<path d="M35 90 h130 l-18 80 h-94 Z" fill="#fff"/><path d="M60 90 q40 -80 80 0" stroke="#fff" stroke-width="10" fill="none"/>
    <path d="M45 110 h110 M50 130 h100 M55 150 h90 M75 92 l-6 76 M100 92 v76 M125 92 l6 76" stroke="#c8a26b" stroke-width="4"/>`,
  fruit: `<circle cx="80" cy="110" r="45" fill="#fff"/><circle cx="130" cy="100" r="38" fill="#fff" opacity=".92"/>
    <path d="M80 65 q5 -25 25 -30" stroke="#6d4c2a" stroke-width="6" fill="none"/><path d="M105 38 q25 -10 35 10 q-25 8 -35 -10 Z" fill="#27ae60"/>`,
  rice: `<path d="M40 110 h120 a60 50 0 0 1 -120 0 Z" fill="#fff"/><ellipse cx="100" cy="108" rx="62" ry="18" fill="#f7f1e1"/>
    <ellipse cx="80" cy="100" rx="6" ry="3" fill="#fff"/><ellipse cx="100" cy="96" rx="6" ry="3" fill="#fff"/><ellipse cx="120" cy="101" rx="6" ry="3" fill="#fff"/>
    <path d="M100 60 q-10 -30 -30 -35 M100 60 q5 -30 25 -38" stroke="#fff" stroke-width="5" fill="none"/>`,
  candy: `<rect x="60" y="75" width="80" height="50" rx="25" fill="#fff"/><path d="M60 100 L25 75 L25 125 Z M140 100 L175 75 L175 125 Z" fill="#fff" opacity=".9"/>
    <path d="M80 78 l-8 44 M100 76 l-8 48 M120 78 l-8 44" stroke="#e74c3c" stroke-width="5"/>`,
  spice: `<path d="M40 140 q60 -120 120 0 Z" fill="#fff"/><path d="M60 140 q40 -70 80 0" fill="none" stroke="#c0392b" stroke-width="6"/>
    <rect x="50" y="40" width="16" height="70" rx="8" fill="#fff" transform="rotate(-25 58 75)"/><rect x="135" y="40" width="16" height="70" rx="8" fill="#fff" transform="rotate(25 143 75)"/>`,
  bonsai: `<rect x="55" y="140" width="90" height="30" rx="6" fill="#fff"/><path d="M100 140 q-10 -40 10 -70" stroke="#fff" stroke-width="10" fill="none"/>
    <circle cx="80" cy="70" r="28" fill="#fff"/><circle cx="125" cy="60" r="30" fill="#fff"/><circle cx="105" cy="40" r="22" fill="#fff"/>`,
  boat: `<path d="M25 120 h150 l-25 35 h-100 Z" fill="#fff"/><path d="M100 30 v85 M100 35 l45 75 h-45 Z" fill="#fff" stroke="#fff" stroke-width="5"/>
    <path d="M20 170 q20 -10 40 0 t40 0 t40 0 t40 0" stroke="#fff" stroke-width="5" fill="none"/>`,
}
