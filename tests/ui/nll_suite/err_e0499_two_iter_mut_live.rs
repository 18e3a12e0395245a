// two live iter_mut over the same Vec
fn main() {
    let mut v = vec![1, 2];
    let mut a = v.iter_mut();
    let mut b = v.iter_mut();
    *a.next().unwrap() += 1;
    *b.next().unwrap() += 1;
}
