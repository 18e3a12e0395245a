mod shapes {
    pub struct Circle { pub r: u32, area: u32 }
}
fn main() {
    let c = shapes::Circle { r: 1, area: 3 };
    println!("{}", c.r);
}
