/// The Python side of the UNO converter, run with a Python that has python3-uno.
///
/// Protocol (one JSON object per line): privdoc writes `{"in": path, "out": path, "filter": [[name, type,
/// value], …]}`; the bridge answers `{"ok": true, "pages": n}` or `{"ok": false, "error": "…", "fatal": bool}`.
/// The first line it prints is `{"ready": true}` once LibreOffice accepts connections.
///
/// It starts soffice itself, with the private profile, listening on a named pipe (no TCP port to collide
/// with), and makes the kernel kill soffice if the bridge dies (PR_SET_PDEATHSIG). A reader thread watches
/// stdin: when privdoc closes it or dies — even by SIGKILL — the bridge kills soffice and exits, so no
/// LibreOffice outlives the run. Error messages never contain document content.
enum UNOBridgeScript {
    static let source = #"""
import ctypes, json, os, queue, shutil, signal, subprocess, sys, threading, time
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p

def die_with_parent():
    try: ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception: pass

program, profile, pipe_name = sys.argv[1], sys.argv[2], sys.argv[3]
folder = os.path.dirname(profile)
office_env = dict(os.environ, TMPDIR=os.path.join(folder, "tmp"))   # soffice's own lu*.tmp go with the folder
os.makedirs(office_env["TMPDIR"], exist_ok=True)
def start_office():
    return subprocess.Popen([program, "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
        "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck", "--nofirststartwizard",
        "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe_name],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=die_with_parent,
        env=office_env)

def answer(obj):
    try: sys.stdout.write(json.dumps(obj) + "\n"); sys.stdout.flush()
    except OSError: finish(0, remove_folder=True)   # privdoc is gone (kill -9): nobody reads our answers

def no_processes_left(what, reason):
    # EAGAIN from fork or thread start: the user may run no more processes (ulimit -u), not a broken LibreOffice.
    answer({"ready": False, "resources": True, "error": "cannot start %s (%s): the system has no processes left"
            " — raise the process limit (ulimit -u) or use fewer --jobs" % (what, reason)}); os._exit(3)

def launch():
    try: return start_office()
    except BlockingIOError as e: no_processes_left("soffice", os.strerror(e.errno))
office = launch()
launches = 1

def finish(code, remove_folder=False):
    try: office.kill(); office.wait(5)
    except Exception: pass
    if remove_folder:
        # privdoc is done with us or died (kill -9: nobody else can clean up): the private folder (profile,
        # this script) goes too. Not on an error exit: privdoc reads bridge.log from it to say why.
        shutil.rmtree(folder, ignore_errors=True)
    os._exit(code)

requests = queue.Queue()
def read_requests():
    for line in sys.stdin:
        requests.put(line)
    finish(0, remove_folder=True)   # privdoc closed our stdin or died: leave nothing running, nothing behind
try: threading.Thread(target=read_requests, daemon=True).start()
except RuntimeError as e: no_processes_left("the UNO bridge's reader thread", str(e))

local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
start = time.time()
while True:
    try:
        ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe_name); break
    except Exception:
        if office.poll() == 81 and launches < 3:
            # soffice.bin exits with 81 ("restart") after creating a fresh profile; oosplash would restart it.
            office = launch(); launches += 1; continue
        if office.poll() is not None:
            answer({"ready": False, "error": "soffice exited with status %s while starting" % office.returncode}); finish(3)
        if time.time() - start > 120:
            answer({"ready": False, "error": "soffice did not accept connections within 120 s"}); finish(3)
        time.sleep(0.05)
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
answer({"ready": True})

def new_frame():
    # One frame for every document, without a layout manager: loading into a fresh "_blank" frame built
    # its window, four docking areas, menu bar, tool bars and status bar each time (toolkit createWindow,
    # each one a dladdr() over libmergedlo's symbol table) — ~20% of LibreOffice's time per letter
    # (decision 060, "Where the time goes"). The PDF is the same: the export lays out pages, not windows.
    from com.sun.star.awt import WindowDescriptor, Rectangle
    from com.sun.star.awt.WindowClass import TOP
    # A 1×1 window: nobody sees the view, and LibreOffice then paints next to nothing into its off-screen
    # buffer (−4% instructions per letter against 800×600, callgrind). Pages are laid out by the page
    # format, not the window: the PDFs are the same.
    d = WindowDescriptor(); d.Type = TOP; d.WindowServiceName = "window"; d.ParentIndex = -1
    d.Bounds = Rectangle(0, 0, 1, 1); d.WindowAttributes = 0
    window = ctx.ServiceManager.createInstanceWithContext("com.sun.star.awt.Toolkit", ctx).createWindow(d)
    f = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Frame", ctx)
    f.initialize(window)
    f.LayoutManager = None
    desktop.getFrames().append(f)
    return f

def close(doc):
    try: doc.close(True)
    except Exception: pass

TYPES = {"long": int, "boolean": lambda v: v == "true"}
frame = None
held = None   # the last document: it stays in the frame until the next one replaces it, then is closed
while True:
    request = json.loads(requests.get())
    doc = None
    try:
        if frame is None: frame = new_frame()
        try:
            doc = frame.loadComponentFromURL(uno.systemPathToFileUrl(request["in"]), "_self", 0,
                (prop("Hidden", True), prop("ReadOnly", True), prop("FilterName", "writer8")))   # ODT only: never guess
        finally:
            if held is not None:
                close(held)   # replaced in the frame; if the load failed it was still there: start a new frame
                if doc is None: frame = None
            held = doc
        if doc is None:
            answer({"ok": False, "error": "LibreOffice could not open the document", "fatal": False}); continue
        # One load, one export per format asked for (pdf and pdfa of one letter share the layout).
        for export in request["exports"]:
            data = tuple(prop(n, TYPES[t](v)) for n, t, v in export["filter"])
            doc.storeToURL(uno.systemPathToFileUrl(export["out"]), (prop("FilterName", export["filterName"]),
                prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", data))))
        pages = doc.getCurrentController().PageCount
        answer({"ok": True, "pages": pages})
    except Exception as e:
        # pyuno names its exception classes in full ("com.sun.star.lang.DisposedException"): compare the
        # last part, or a LibreOffice killed mid-document (not yet reaped, so poll() is None) was taken for
        # a bad document, the letter was not retried and the dead converter got the next one too.
        name = type(e).__name__.rsplit(".", 1)[-1]
        dead = office.poll() is not None or name in ("DisposedException", "RuntimeException")
        answer({"ok": False, "error": name, "fatal": dead})
        if dead: finish(4)
"""#
}
