// types and consts share one namespace among generic parameters
struct Grid<N, const N: usize> { cells: [u8; N], tag: Option<N> }
fn main() {
    println!("grid");
}
