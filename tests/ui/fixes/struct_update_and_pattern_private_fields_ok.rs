mod m {
    #[derive(Default)] pub struct S { pub a: i32, b: i32 }
    pub fn mk() -> S { S { a: 1, ..Default::default() } }
    impl S { pub fn b(&self) -> i32 { self.b } }
}
#[derive(Default)] struct P { x: i32, y: i32 }
fn main() { let s = m::mk(); let p = P { x: 1, ..Default::default() }; let P { x, y } = p; println!("{} {} {} {}", s.a, s.b(), x, y); }
