// reading a union field needs unsafe
union U { a: u32, b: u32 }
fn main() {
    let u = U { a: 5 };
    let x = u.b;
    println!("{}", x);
}
