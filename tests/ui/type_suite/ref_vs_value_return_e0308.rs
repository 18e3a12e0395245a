fn first(v: &Vec<String>) -> String {
    &v[0]
}
fn main() { println!("{}", first(&vec![String::new()])); }
