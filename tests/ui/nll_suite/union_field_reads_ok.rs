// reading union fields in unsafe is fine
union U { a: u32, b: f32 }
fn main() {
    let mut u = U { a: 0 };
    u.b = 1.0;
    let bits = unsafe { u.a };
    println!("{:x}", bits);
}
