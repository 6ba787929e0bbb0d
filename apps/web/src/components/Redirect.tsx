import { Navigate, type Params, useLocation, useParams } from "react-router";

/** Sends an old or alternative address to its page, keeping the query string and the #hash. */
export function Redirect({ to }: { to: (params: Params) => string }) {
  const params = useParams();
  const { search, hash } = useLocation();
  return <Navigate to={`${to(params)}${search}${hash}`} replace />;
}
