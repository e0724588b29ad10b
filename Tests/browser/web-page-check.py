#!/usr/bin/env python3
"""Drives headless Chromium against a running `newsml serve`: pastes an article into the page, presses
Convert, checks what the page renders, and saves a screenshot.

Usage: web-page-check.py BASE_URL ARTICLE_FILE SCREENSHOT_PNG
Prints one JSON object with what it found; exit 0 when every check passed, 1 when one failed, 2 when
Chromium or the websocket-client package is missing.
"""
import base64, json, os, shutil, socket, subprocess, sys, tempfile, time, urllib.request

try:
    import websocket  # pip install websocket-client
except ImportError:
    print(json.dumps({"error": "python package websocket-client is missing"}))
    sys.exit(2)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(probe, seconds):
    """Calls probe until it returns something true or the deadline passes; returns that value or None.
    A probe that raises OSError (nothing listening yet) counts as not yet."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            value = probe()
            if value:
                return value
        except OSError:
            pass
        time.sleep(0.2)
    return None


class Page:
    def __init__(self, url):
        self.ws = websocket.create_connection(url, timeout=120)
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result.get("result", {}).get("value")


def main(base, article_path, screenshot):
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        print(json.dumps({"error": "chromium is not installed"}))
        return 2
    # Every wait is a wall-clock deadline, generous: under CI the whole test suite shares two cores with this
    # browser, and a debug build of the server answers slowly.
    if not wait_until(lambda: urllib.request.urlopen(base + "/health", timeout=5) is not None, 120):
        print(json.dumps({"error": "the server at %s did not answer /health within 120 s" % base}))
        return 1
    port = free_port()
    profile = tempfile.mkdtemp(prefix="newsml-chromium-")
    process = subprocess.Popen([browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                "--disable-dev-shm-usage", "--window-size=1600,1200", "--user-data-dir=" + profile,
                                "--remote-debugging-port=%d" % port, "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def page_target():
            targets = json.load(urllib.request.urlopen("http://127.0.0.1:%d/json/list" % port, timeout=5))
            return next((t for t in targets if t.get("type") == "page"), None)
        target = wait_until(page_target, 120)
        if not target:
            print(json.dumps({"error": "Chromium (%s) offered no page to drive within 120 s" % browser}))
            return 1
        page = Page(target["webSocketDebuggerUrl"])
        page.call("Page.enable")
        page.call("Page.navigate", url=base + "/")
        if not wait_until(lambda: page.evaluate("document.readyState") == "complete"
                          and page.evaluate("!!document.getElementById('article')"), 120):
            print(json.dumps({"error": "the page at %s/ did not load within 120 s" % base}))
            return 1
        with open(article_path, encoding="utf-8") as f:
            article = f.read()
        # Paste: set the text as a user's paste would, with an input event, then press Convert.
        page.evaluate("(() => { const a = document.getElementById('article'); a.focus(); a.value = %s;"
                      " a.dispatchEvent(new Event('input', {bubbles: true})); document.getElementById('convert').click(); })()"
                      % json.dumps(article))
        def finished():
            status = page.evaluate("document.getElementById('status').textContent") or ""
            return status == "Done." or status.startswith("Failed")
        wait_until(finished, 240)  # the checks below say what the page shows if it never finished
        found = page.evaluate("""(() => ({
            status: document.getElementById('status').textContent,
            newsml: document.getElementById('newsml-output').textContent,
            ninjs: document.getElementById('ninjs-output').textContent,
            newsmlVerdict: document.getElementById('newsml-verdict').textContent,
            ninjsVerdict: document.getElementById('ninjs-verdict').textContent,
            credits: [...document.querySelectorAll('#picture-credits .credit')].map(e => e.textContent),
            persons: [...document.querySelectorAll('#entities-text .entity.person')].map(e => e.textContent),
            places: [...document.querySelectorAll('#entities-text .entity.place')].map(e => e.textContent),
            organisations: [...document.querySelectorAll('#entities-text .entity.organisation')].map(e => e.textContent),
            validation: [...document.querySelectorAll('#validation li')].map(e => e.textContent),
            resultsVisible: !document.getElementById('results').hidden
        }))()""")
        shot = page.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        with open(screenshot, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        checks = {
            "converted": found["status"] == "Done.",
            "results shown": found["resultsVisible"],
            "NewsML-G2 shown": "<newsItem" in found["newsml"] and "newsmlkit" not in found["newsmlVerdict"],
            "ninjs shown": '"standard"' in found["ninjs"],
            "both valid": "✓" in found["newsmlVerdict"] and "✓" in found["ninjsVerdict"],
            "picture credit": "Getty Images" in found["credits"],
            "people highlighted": "Macron" in " ".join(found["persons"]) and "Putin" in " ".join(found["persons"]),
            "places highlighted": "Moscow" in found["places"],
            "organisations highlighted": len(found["organisations"]) > 0,
            "validation listed": any("valid" in line for line in found["validation"]),
        }
        found["checks"] = checks
        found["screenshot"] = screenshot
        found["newsml"] = found["newsml"][:200]
        found["ninjs"] = found["ninjs"][:200]
        print(json.dumps(found, ensure_ascii=False))
        return 0 if all(checks.values()) else 1
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]))
