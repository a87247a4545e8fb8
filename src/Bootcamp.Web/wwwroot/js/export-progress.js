// The progress page of a background export: asks the status endpoint every two seconds and moves the bar, without
// reloading the page. Without script the page reloads itself (a meta refresh inside <noscript>) and has a link.
(function () {
    "use strict";
    var box = document.getElementById("export-progress");
    if (!box) {
        return;
    }
    var bar = document.getElementById("export-bar");
    var text = document.getElementById("export-text");
    var download = document.getElementById("export-download");
    var name = document.getElementById("export-name");
    var refresh = document.getElementById("export-refresh");
    var url = box.getAttribute("data-status-url");
    if (refresh) {
        refresh.hidden = true;
    }

    function show(status) {
        bar.value = status.percent;
        bar.textContent = status.percent + "%";
        if (status.status === "Done") {
            text.textContent = "Ready.";
            name.textContent = status.fileName;
            download.hidden = false;
        } else if (status.status === "Failed") {
            text.textContent = "Failed: " + (status.failure || "");
        } else {
            text.textContent = status.percent + "%: " + status.text;
        }
    }

    function poll() {
        fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("status " + response.status);
                }
                return response.json();
            })
            .then(function (status) {
                show(status);
                if (!status.finished) {
                    window.setTimeout(poll, 2000);
                }
            })
            .catch(function () {
                if (refresh) {
                    refresh.hidden = false;
                }
                window.setTimeout(poll, 5000);
            });
    }

    window.setTimeout(poll, 1000);
})();
