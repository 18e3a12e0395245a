use std::marker::PhantomData;

struct Typed<T> {
    id: u32,
    _m: PhantomData<T>,
}

impl<T> Typed<T> {
    fn new(id: u32) -> Self {
        Typed { id, _m: PhantomData }
    }
}

fn main() {
    let t: Typed<String> = Typed::new(7);
    println!("{}", t.id);
}
