use std::cell::RefCell;
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl D {
    fn name(&self) -> &'static str {
        self.0
    }
}
fn make(n: &'static str) -> D {
    println!("make {}", n);
    D(n)
}
struct Node {
    label: D,
    child: Option<Box<Node>>,
}
fn block_value() -> usize {
    let _a = D("local-a");
    make("tail-temp").name().len()
}
fn main() {
    let n = block_value();
    println!("n = {}", n);
    let shadow = D("shadow1");
    let shadow = D(if shadow.0.len() > 3 { "shadow2" } else { "x" });
    println!("shadowed {}", shadow.0);
    let tree = Node { label: D("root"), child: Some(Box::new(Node { label: D("leaf"), child: None })) };
    println!("tree {}", tree.label.0);
    let mut s = Node { label: D("s1"), child: None };
    s.label = D("s2");
    println!("field assigned");
    match make("scrutinee").name() {
        "scrutinee" => println!("matched"),
        _ => println!("no"),
    }
    println!("after match");
    let cell = RefCell::new(vec![1, 2]);
    let len = cell.borrow().len();
    cell.borrow_mut().push(len as i32);
    println!("{:?}", cell.borrow());
    let closure_owned = D("captured");
    let f = move || println!("closure sees {}", closure_owned.0);
    f();
    println!("before closure drop");
    drop(f);
    let v: Vec<D> = vec![make("e1"), make("e2")];
    for d in v {
        if d.0 == "e1" {
            continue;
        }
        println!("loop {}", d.0);
    }
    let opt: Option<D> = None;
    let got = opt.unwrap_or_else(|| make("fallback"));
    println!("got {}", got.0);
    let pair = (make("p0"), make("p1"));
    let (first, _) = pair;
    println!("first {}", first.0);
    println!("end");
}
