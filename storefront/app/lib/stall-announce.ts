/**
 * The "money arrived" announcement (browser only): two rising tones from the Web Audio API (no
 * audio file to download) and the sentence spoken in Vietnamese when the phone has a voice for it.
 * STANDARDS.md: a phone may have no Vietnamese voice, so the words are on screen and the tones
 * play either way.
 */

type AudioContextConstructor = new () => AudioContext

export function playPaidChime(): void {
  const scope = window as unknown as {
    AudioContext?: AudioContextConstructor
    webkitAudioContext?: AudioContextConstructor
  }
  const Context = scope.AudioContext ?? scope.webkitAudioContext
  if (!Context) {
    return
  }
  try {
    const context = new Context()
    const start = context.currentTime + 0.05
    for (const [index, frequency] of [660, 990].entries()) {
      const at = start + index * 0.22
      const oscillator = context.createOscillator()
      const gain = context.createGain()
      oscillator.type = "sine"
      oscillator.frequency.setValueAtTime(frequency, at)
      gain.gain.setValueAtTime(0.0001, at)
      gain.gain.exponentialRampToValueAtTime(0.6, at + 0.03)
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.4)
      oscillator.connect(gain).connect(context.destination)
      oscillator.start(at)
      oscillator.stop(at + 0.45)
    }
    window.setTimeout(() => void context.close().catch(() => undefined), 1500)
  } catch {
    // No sound on this phone: the green screen still says it.
  }
}

export function speakVietnamese(text: string): void {
  const synth = typeof window !== "undefined" ? window.speechSynthesis : undefined
  if (!synth || typeof SpeechSynthesisUtterance === "undefined" || !text) {
    return
  }
  try {
    const utterance = new SpeechSynthesisUtterance(text)
    utterance.lang = "vi-VN"
    const voice = synth.getVoices().find((v) => v.lang.toLowerCase().replace("_", "-").startsWith("vi"))
    if (voice) {
      utterance.voice = voice
    }
    synth.cancel()
    synth.speak(utterance)
  } catch {
    // Speaking is a courtesy; the sentence is on screen.
  }
}
