struct Node;
struct Node;
fn main() {}
