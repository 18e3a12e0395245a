// calling an FnMut closure needs a mutable binding
fn main() {
    let mut n = 0;
    let add = || n += 1;
    add();
    println!("{}", n);
}
