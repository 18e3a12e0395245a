fn show(x: &f64, n: &mut u32) {
    println!("{:e} {:E} {:x} {:X} {:o} {:b}", x, x, n, n, n, n);
    let r = &x;
    println!("{:e} {:08.2e}", r, r);
    *n += 1;
}

fn main() {
    let x = 2.5e-7f64;
    let mut n = 255u32;
    show(&x, &mut n);
    let m = &mut n;
    println!("{:#x} {:#b}", m, &&7u8);
}
