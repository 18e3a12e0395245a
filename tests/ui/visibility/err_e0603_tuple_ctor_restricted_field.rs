// A tuple struct's constructor is only as visible as its least visible field.
mod ids {
    pub mod gen {
        pub struct Id(pub(super) u32);
        pub fn first() -> Id {
            Id(1)
        }
    }
    pub fn raw(id: &gen::Id) -> u32 {
        id.0
    }
}

fn main() {
    let a = ids::gen::first();
    println!("{}", ids::raw(&a));
    let b = ids::gen::Id(2);
    println!("{}", ids::raw(&b));
}
