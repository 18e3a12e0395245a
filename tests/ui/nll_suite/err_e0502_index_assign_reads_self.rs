// IndexMut is not two-phase: v[i] = v.len() with v borrowed mutably first? no: rhs evaluated first
fn main() {
    let mut v = vec![0usize; 3];
    let r = &v;
    v[0] = 7;
    println!("{} {:?}", r.len(), v);
}
