// Follows an <audio> element for a Waveform component: reports its time to .NET (throttled while it
// plays, at once when it pauses, seeks or ends) and the waveform's drawn width; seeks on request.
const playingInterval = 50; // ms: 20 marker moves a second look smooth and keep the circuit quiet

// Returns the handle whose stop() ends the following; the component calls it when it goes away.
export function follow(element, audioId, dotnet) {
  const audio = document.getElementById(audioId);
  if (!audio) {
    return { stop() {} };
  }
  let frame = 0;
  let lastSent = 0;
  let sending = false;
  const send = urgent => {
    const now = performance.now();
    if (!urgent && (sending || now - lastSent < playingInterval)) {
      return;
    }
    sending = true;
    lastSent = now;
    const duration = Number.isFinite(audio.duration) ? audio.duration : 0;
    dotnet.invokeMethodAsync('OnTime', audio.currentTime, duration).catch(() => {}).finally(() => { sending = false; });
  };
  const tick = () => {
    send(false);
    frame = audio.paused ? 0 : requestAnimationFrame(tick);
  };
  const now = () => send(true);
  const handlers = {
    play: () => { cancelAnimationFrame(frame); frame = requestAnimationFrame(tick); },
    timeupdate: () => send(false),
    pause: now, seeked: now, ended: now, loadedmetadata: now, durationchange: now,
  };
  for (const [name, handler] of Object.entries(handlers)) {
    audio.addEventListener(name, handler);
  }
  const resizes = new ResizeObserver(entries => {
    dotnet.invokeMethodAsync('OnWidth', entries[entries.length - 1].contentRect.width).catch(() => {});
  });
  resizes.observe(element);
  if (audio.readyState >= 1) {
    now();
  }
  return {
    stop() {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      for (const [name, handler] of Object.entries(handlers)) {
        audio.removeEventListener(name, handler);
      }
    },
  };
}

export function seek(audioId, seconds) {
  const audio = document.getElementById(audioId);
  if (audio) {
    audio.currentTime = seconds;
  }
}
