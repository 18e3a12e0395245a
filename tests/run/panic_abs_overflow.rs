fn main() {
    let xs = [-5i64, 7, i64::MIN];
    for x in xs {
        println!("{}", x.abs());
    }
}
