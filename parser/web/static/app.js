// A little help on top of a plain form: one file at a time, and a visible "working" state.
// Without this script the form still posts to /upload and the result page comes back.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form) return;
  var inputs = form.querySelectorAll('input[type="file"]');
  var button = document.getElementById("submit");
  var progress = document.getElementById("progress");
  var text = document.getElementById("progress-text");
  var elapsed = document.getElementById("elapsed");
  var message = document.getElementById("form-message");
  var timer = null;

  // The camera and the file picker are two ways to give one letter: choosing one clears the other.
  inputs.forEach(function (input) {
    input.addEventListener("change", function () {
      if (!input.files.length) return;
      message.hidden = true;
      inputs.forEach(function (other) { if (other !== input) other.value = ""; });
    });
  });

  form.addEventListener("submit", function (event) {
    var chosen = Array.prototype.some.call(inputs, function (i) { return i.files.length > 0; });
    if (!chosen) {
      event.preventDefault();
      message.hidden = false;
      inputs[0].focus();
      return;
    }
    button.disabled = true;
    button.textContent = "読み取り中…";
    progress.hidden = false;
    var started = Date.now();
    timer = setInterval(function () {
      var s = Math.round((Date.now() - started) / 1000);
      if (s >= 3) text.textContent = "書面を読み取っています…";
      elapsed.textContent = s + "秒";
    }, 1000);
  });

  // Coming back with the Back button restores this page from cache: show the form again.
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) return;
    clearInterval(timer);
    button.disabled = false;
    button.textContent = "読み取る";
    progress.hidden = true;
    text.textContent = "送信しています…";
    elapsed.textContent = "";
  });
})();
