// `trait Any: 'static`: `&'a dyn Any` is `&'a (dyn Any + 'static)`, and coercing a short
// borrow of a local into it asks only that the pointee type be 'static, not the borrow.
use std::any::Any;

struct Counter {
    hits: u32,
}

fn hits(a: &dyn Any) -> u32 {
    a.downcast_ref::<Counter>().map_or(0, |c| c.hits)
}

fn bump(a: &mut dyn Any) {
    if let Some(c) = a.downcast_mut::<Counter>() {
        c.hits += 1;
    }
}

fn main() {
    let mut c = Counter { hits: 0 };
    println!("{}", hits(&c));
    bump(&mut c);
    bump(&mut c);
    println!("{} {}", hits(&c), hits(&String::from("temp")));
}
