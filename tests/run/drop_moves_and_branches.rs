// drop order: moved values are not dropped, partial moves, moves on one branch only
struct D(String);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Holder {
    a: D,
    b: D,
}

fn consume(d: D) {
    println!("consuming {}", d.0);
}

fn pick(flag: bool) {
    let x = D(format!("x{}", flag));
    let y = D(format!("y{}", flag));
    if flag {
        consume(x);
    } else {
        println!("keeping x");
    }
    println!("end pick {}", y.0);
}

fn main() {
    pick(true);
    pick(false);
    let h = Holder { a: D("ha".to_string()), b: D("hb".to_string()) };
    let Holder { a, .. } = h;
    println!("took {}", a.0);
    let boxed: Box<D> = Box::new(D("boxed".to_string()));
    let unboxed = *boxed;
    println!("unboxed {}", unboxed.0);
    let opt = Some(D("opt".to_string()));
    if let Some(inner) = opt {
        println!("got {}", inner.0);
    }
    let mut list = vec![D("l0".to_string()), D("l1".to_string()), D("l2".to_string())];
    let popped = list.pop();
    list.remove(0);
    println!("list now {}", list.len());
    let replaced = std::mem::replace(&mut list[0], D("fresh".to_string()));
    println!("replaced {}", replaced.0);
    drop(popped);
    println!("main done");
}
