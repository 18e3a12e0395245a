// union fields overlap: borrowing one mutably conflicts with reading another
union U { a: u32, b: u32 }
fn main() {
    let mut u = U { a: 1 };
    unsafe {
        let ra = &mut u.a;
        let rb = &u.b;
        *ra = 2;
        println!("{}", rb);
    }
}
