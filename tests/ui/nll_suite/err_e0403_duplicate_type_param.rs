// a type parameter declared twice
fn pair<T, T>(a: T) -> (T, T) where T: Copy { (a, a) }
fn main() {
    println!("{:?}", pair::<i32, i32>(1));
}
