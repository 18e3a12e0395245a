// drop order: params, loops, early exits, temporaries in match and tail, partial moves
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

struct Outer {
    a: D,
    inner: Inner,
    b: D,
}
struct Inner {
    x: D,
    y: D,
}

fn make(n: &'static str) -> D {
    D(n)
}

fn params(first: D, second: D) {
    let _local = D("local");
    println!("in params with {} {}", first.0, second.0);
}

fn early(flag: bool) -> u32 {
    let _a = D("early-a");
    if flag {
        let _b = D("early-b");
        return 1;
    }
    let _c = D("early-c");
    2
}

fn label(d: &D) -> &'static str {
    d.0
}

fn main() {
    println!("params:");
    params(D("p1"), D("p2"));
    println!("loop:");
    for name in ["i0", "i1", "i2"] {
        let _d = D(name);
        if name == "i1" {
            continue;
        }
        if name == "i2" {
            break;
        }
        println!("  body {}", name);
    }
    println!("early:");
    println!("  -> {}", early(true));
    println!("  -> {}", early(false));
    println!("match temp:");
    match label(&make("scrutinee")) {
        "scrutinee" => println!("  matched"),
        _ => println!("  other"),
    }
    println!("after match");
    println!("nested:");
    {
        let _o = Outer { a: D("o.a"), inner: Inner { x: D("o.inner.x"), y: D("o.inner.y") }, b: D("o.b") };
    }
    println!("partial:");
    {
        let o = Outer { a: D("p.a"), inner: Inner { x: D("p.inner.x"), y: D("p.inner.y") }, b: D("p.b") };
        let taken = o.inner.x;
        println!("  took {}", taken.0);
    }
    println!("option assign:");
    let mut slot = Some(D("first"));
    slot = None;
    println!("  now none: {}", slot.is_none());
    slot = Some(D("second"));
    let _ = slot.take();
    println!("  taken");
    println!("truncate:");
    let mut v = vec![D("v0"), D("v1"), D("v2"), D("v3")];
    v.truncate(2);
    println!("  len {}", v.len());
    let w = std::mem::take(&mut v);
    println!("  moved {} out", w.len());
    println!("closure:");
    let captured = D("captured");
    let f = move || captured.0.len();
    println!("  len {}", f());
    drop(f);
    println!("tuple:");
    let _t = (D("t.0"), D("t.1"));
    let (_, keep) = (D("u.0"), D("u.1"));
    println!("  kept {}", keep.0);
    println!("end of main");
}
