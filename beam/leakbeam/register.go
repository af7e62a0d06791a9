package leakbeam

import (
	"context"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/leakscope/leakscope/classify"
)

// Beam needs the types, functions and DoFns of a pipeline registered
// before beam.Init, so that workers find them by name and call them
// without reflection.
func init() {
	beam.RegisterType(reflect.TypeOf((*Doc)(nil)).Elem())
	// A report's state is unexported: without its own coder Beam would
	// encode only the exported counts and lose the rest.
	beam.RegisterCoder(reflect.TypeOf((*classify.Report)(nil)), encodeReport, decodeReport)

	register.DoFn4x1[context.Context, *sdf.LockRTracker, fileio.ReadableFile, func(Doc), error](&readFn{})
	register.Emitter1[Doc]()

	register.DoFn3x1[context.Context, Doc, func(*classify.Report), error](&reportFn{})
	register.Emitter1[*classify.Report]()
	register.Combiner1[*classify.Report](&MergeReportsFn{})
	register.Function1x1(fileSize)
	register.Function4x1(finishReport)
	register.Iter1[*classify.Report]()
	register.Iter1[int64]()
	register.DoFn3x1[context.Context, []byte, func(**classify.Report) bool, error](&writeReportFn{})

	register.DoFn3x1[context.Context, Doc, func(string), error](&findingsFn{})
	register.Emitter1[string]()
	register.DoFn4x1[context.Context, Doc, func(string), func(string), error](&redactFn{})

	register.DoFn3x1[context.Context, string, func(string), error](&writeBundleFn{})
	register.DoFn3x1[context.Context, []byte, func(*string) bool, error](&finalizeShardsFn{})
	register.Iter1[string]()
}
