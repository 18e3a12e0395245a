// mutability: assigning nested fields through a mut binding and a &mut parameter
struct Inner {
    v: i32,
}

struct Outer {
    inner: Inner,
    list: Vec<i32>,
}

fn bump(o: &mut Outer) {
    o.inner.v += 1;
    o.list.push(o.inner.v);
}

fn main() {
    let mut o = Outer { inner: Inner { v: 1 }, list: vec![] };
    o.inner.v = 5;
    bump(&mut o);
    bump(&mut o);
    println!("{} {:?}", o.inner.v, o.list);
}
