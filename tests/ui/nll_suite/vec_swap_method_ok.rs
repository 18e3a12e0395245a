// the swap method avoids two &mut
fn main() {
    let mut v = vec![1, 2];
    v.swap(0, 1);
    let mut a = 1; let mut b = 2;
    std::mem::swap(&mut a, &mut b);
    println!("{:?} {} {}", v, a, b);
}
