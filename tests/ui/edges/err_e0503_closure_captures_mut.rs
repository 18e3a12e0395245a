// comparing a variable while a closure mutably capturing it is still alive
fn main() {
    let mut n = 5;
    let mut add = |k: i32| n += k;
    if n > 3 {
        add(1);
    }
    add(2);
    println!("{}", n);
}
