// ownership: a type with a written `impl Clone` in another module gets the `.clone()` help, not the "if it implemented Clone" note
mod m {
    pub struct S { pub id: u32 }
    impl Clone for S { fn clone(&self) -> S { S { id: self.id } } }
}
fn main() {
    let a = m::S { id: 1 };
    let b = a;
    println!("{} {}", a.id, b.id);
}
