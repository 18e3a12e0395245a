fn main() {
    let mut n = 3;
    let p: *const i32 = &mut n;
    let q: *mut i32 = &mut n;
    println!("{} {}", p.is_null(), q.is_null());
}
