use std::mem;
use std::rc::Rc;
struct D(String);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
trait Speak {
    fn speak(&self) -> String;
}
impl Speak for D {
    fn speak(&self) -> String {
        format!("I am {}", self.0)
    }
}
#[derive(Default)]
struct Holder {
    items: Vec<String>,
}
fn consume(d: D) {
    println!("consume {}", d.0);
}
fn pick(flag: bool) {
    let a = D(format!("a{}", flag));
    let b = D(format!("b{}", flag));
    if flag {
        consume(a);
    }
    println!("end pick {}", b.0);
}
fn main() {
    pick(true);
    pick(false);
    let mut x = D("x1".into());
    let old = mem::replace(&mut x, D("x2".into()));
    println!("replaced {}", old.0);
    let mut y = D("y".into());
    mem::swap(&mut x, &mut y);
    println!("swapped {} {}", x.0, y.0);
    let mut h = Holder { items: vec!["i".into()] };
    let taken = mem::take(&mut h.items);
    println!("{:?} {:?}", taken, h.items);
    let boxed: Box<dyn Speak> = Box::new(D("boxed".into()));
    println!("{}", boxed.speak());
    drop(boxed);
    let rc1 = Rc::new(D("rc".into()));
    let rc2 = Rc::clone(&rc1);
    println!("count {}", Rc::strong_count(&rc1));
    drop(rc1);
    println!("dropped one");
    drop(rc2);
    println!("dropped both");
    let mut v = vec![D("v0".into()), D("v1".into()), D("v2".into())];
    let removed = v.remove(1);
    println!("removed {}", removed.0);
    v.truncate(1);
    println!("truncated");
    v.push(D("v3".into()));
    v[0] = D("v0b".into());
    println!("assigned index");
    let opt = Some(D("opt".into()));
    if let Some(ref d) = opt {
        println!("peek {}", d.0);
    }
    let mut slot = Some(D("slot".into()));
    let inner = slot.take();
    println!("took {}", inner.is_some());
    slot = Some(D("slot2".into()));
    println!("end {}", slot.is_some());
}
