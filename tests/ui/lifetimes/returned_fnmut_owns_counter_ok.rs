// lifetimes: a returned FnMut owns its counter
fn counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || { c += 1; c }
}
fn main() { let mut f = counter(); f(); println!("{}", f()); }
