/*
 * So Thi dua - start script of the task pane (src/taskpane/taskpane.html loads it first).
 *
 * ES5 ONLY, ASCII ONLY: it must run where the pane's bundle cannot - Excel 2016/2019 and older Windows
 * builds show add-ins in Trident (Internet Explorer 11, ES5) or EdgeHTML (old Edge, no `?.`/`??`).
 * The page's Content Security Policy forbids inline script, hence this separate file (copied to the
 * build by webpack.config.js).
 *
 * The bundle (src/taskpane/index.tsx) calls window.SoThiDuaStart.booted() as soon as it runs. The
 * bundle's scripts are deferred, so they have all run when DOMContentLoaded fires: if it has not
 * said so by then (its syntax was refused, or its files did not load), this script shows a message
 * in Vietnamese (and English) instead of a blank pane. test/addin/start-script.test.ts and
 * test/addin/preview.e2e.test.ts check it.
 */
/* global document, window */
(function () {
  "use strict";
  var TITLE = "S\u1ed5 Thi \u0111ua kh\u00f4ng ch\u1ea1y \u0111\u01b0\u1ee3c trong Excel n\u00e0y";
  var MESSAGE =
    "Tr\u00ecnh duy\u1ec7t nh\u00fang c\u1ee7a phi\u00ean b\u1ea3n Excel n\u00e0y \u0111\u00e3 c\u0169 (Internet Explorer ho\u1eb7c Edge \u0111\u1eddi c\u0169) n\u00ean kh\u00f4ng ch\u1ea1y \u0111\u01b0\u1ee3c ng\u0103n S\u1ed5 Thi \u0111ua. H\u00e3y m\u1edf s\u1ed5 b\u1eb1ng Excel cho Microsoft 365, Excel 2021 tr\u1edf l\u00ean, ho\u1eb7c Excel tr\u00ean web (office.com). N\u1ebfu m\u00e1y \u0111\u00e3 d\u00f9ng c\u00e1c b\u1ea3n \u0111\u00f3, h\u00e3y \u0111\u00f3ng r\u1ed3i m\u1edf l\u1ea1i ng\u0103n; n\u1ebfu v\u1eabn th\u1ea5y th\u00f4ng b\u00e1o n\u00e0y, c\u00f3 th\u1ec3 t\u1ec7p c\u1ee7a ng\u0103n ch\u01b0a t\u1ea3i \u0111\u01b0\u1ee3c do m\u1ea1ng.";
  var MESSAGE_EN =
    "S\u1ed5 Thi \u0111ua cannot run in this version of Excel: its built-in browser is too old. Use Excel for Microsoft 365, Excel 2021 or later, or Excel on the web.";
  var booted = false;
  var shown = false;

  function paragraph(text, style, lang) {
    var p = document.createElement("p");
    p.setAttribute("lang", lang);
    p.style.cssText = style;
    p.appendChild(document.createTextNode(text));
    return p;
  }

  function show() {
    if (booted || shown || !document.body) return;
    shown = true;
    var box = document.createElement("div");
    box.id = "start-message";
    box.setAttribute("role", "alert");
    box.setAttribute("lang", "vi");
    box.style.cssText =
      "margin:16px;padding:12px 16px;border:1px solid #c50f1f;border-radius:4px;" +
      "background:#fdf3f4;color:#242424;font-family:'Segoe UI',Tahoma,Arial,sans-serif;" +
      "font-size:14px;line-height:20px";
    box.appendChild(paragraph(TITLE, "margin:0 0 8px;font-weight:600", "vi"));
    box.appendChild(paragraph(MESSAGE, "margin:0 0 8px", "vi"));
    box.appendChild(paragraph(MESSAGE_EN, "margin:0;color:#616161;font-size:12px", "en"));
    document.body.insertBefore(box, document.body.firstChild);
  }

  function hide() {
    var box = document.getElementById("start-message");
    if (box && box.parentNode) box.parentNode.removeChild(box);
    shown = false;
  }

  function check() {
    if (!booted) show();
  }

  window.SoThiDuaStart = {
    booted: function () {
      booted = true;
      hide();
    },
  };

  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", function () {
      window.setTimeout(check, 0);
    });
  else window.setTimeout(check, 0);
})();
