#!/usr/bin/python3
# Per-phase timing of one UNO converter, as the bridge drives it (docs/decisions/060-pdf-conversion.md,
# "Measured, round 2"): load, page count, PDF export, close, and soffice.bin's CPU time per letter.
#
#   /usr/bin/python3 bench/pdf/phases.py [--mode frame|blank] PROFILE_DIR OUT_DIR LETTER.odt...
#
# --mode frame: one 1x1 frame without a layout manager for every letter (what the bridge does; --size WxH);
# --mode blank: a new "_blank" frame per letter (the bridge before 2026-12-04). The first 3 letters are
# left out (warm-up). PROFILE_DIR is a private LibreOffice profile, created on first use; pass the same one
# again to measure on an initialised profile. Filter data: plain PDF as PDFExportFilter.
import argparse, atexit, os, statistics, subprocess, time
import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.awt import WindowDescriptor, Rectangle
from com.sun.star.awt.WindowClass import TOP

def prop(n, v):
    p = PropertyValue(); p.Name = n; p.Value = v; return p

def cpu(pid):
    f = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")

ap = argparse.ArgumentParser()
ap.add_argument("--mode", choices=["frame", "blank"], default="frame")
ap.add_argument("--size", default="1x1")   # the bridge's window; 800x600 was its first size
ap.add_argument("profile"); ap.add_argument("outdir"); ap.add_argument("files", nargs="+")
a = ap.parse_args()
pipe = "phases-%d" % os.getpid()
def launch():
    return subprocess.Popen(["/usr/lib/libreoffice/program/soffice.bin", "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.abspath(a.profile)),
        "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck", "--nofirststartwizard",
        "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
office = launch()
atexit.register(lambda: office.kill())
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
deadline = time.time() + 120
while True:
    try: ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe); break
    except Exception:
        if office.poll() == 81: office = launch(); continue
        if office.poll() is not None or time.time() > deadline: raise SystemExit("soffice did not start")
        time.sleep(0.02)
smgr = ctx.ServiceManager
desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
frame = None
if a.mode == "frame":
    d = WindowDescriptor(); d.Type = TOP; d.WindowServiceName = "window"; d.ParentIndex = -1; d.Bounds = Rectangle(0, 0, *map(int, a.size.split("x")))
    frame = smgr.createInstanceWithContext("com.sun.star.frame.Frame", ctx)
    frame.initialize(smgr.createInstanceWithContext("com.sun.star.awt.Toolkit", ctx).createWindow(d))
    frame.LayoutManager = None
    desktop.getFrames().append(frame)
FILTER = (("ExportBookmarks", True), ("DisplayPDFDocumentTitle", True), ("EmbedStandardFonts", True), ("ExportNotes", False),
          ("UseLosslessCompression", True), ("ReduceImageResolution", False), ("SelectPdfVersion", 17), ("UseTaggedPDF", True))
data = uno.Any("[]com.sun.star.beans.PropertyValue", tuple(prop(n, v) for n, v in FILTER))
load = (prop("Hidden", True), prop("ReadOnly", True), prop("FilterName", "writer8"))
os.makedirs(a.outdir, exist_ok=True)
phases = {"load": [], "pages": [], "export": [], "close": []}
held = None
for i, f in enumerate(a.files):
    if i == 3: c0, w0 = cpu(office.pid), time.perf_counter()
    url = uno.systemPathToFileUrl(os.path.abspath(f))
    t0 = time.perf_counter()
    doc = (frame or desktop).loadComponentFromURL(url, "_self" if frame else "_blank", 0, load)
    t1 = time.perf_counter()
    closing = 0.0
    if held is not None:
        held.close(True); closing = time.perf_counter() - t1
    t1 = time.perf_counter()
    doc.getCurrentController().PageCount
    t2 = time.perf_counter()
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(os.path.join(a.outdir, os.path.basename(f)[:-4] + ".pdf"))),
                   (prop("FilterName", "writer_pdf_Export"), prop("FilterData", data)))
    t3 = time.perf_counter()
    if frame: held = doc
    else: doc.close(True)
    t4 = time.perf_counter()
    if i >= 3:
        for k, v in (("load", t1 - t0 - closing), ("pages", t2 - t1), ("export", t3 - t2), ("close", t4 - t3 + closing)): phases[k].append(v)
n = len(phases["load"])
print("%s: %d letters, soffice CPU %.1f ms/letter, wall %.1f ms/letter; " % (a.mode, n, 1000 * (cpu(office.pid) - c0) / n, 1000 * (time.perf_counter() - w0) / n)
      + ", ".join("%s %.1f ms" % (k, 1000 * statistics.mean(v)) for k, v in phases.items()))
